package org.deliberation.core.project;

/** The language a project is written in; it chooses the analysis used to search it. */
public enum Language {
  fr,
  en
}
