package org.deliberation.web.page;

import org.deliberation.core.common.PageId;

/** A saved edit: the revision it made, whether it was merged with edits saved meanwhile, and whether it created it. */
public record PageEdit(PageId page, int revision, boolean merged, boolean created) {}
