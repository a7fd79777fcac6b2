package org.deliberation.web.platform.config;

import org.deliberation.core.markdown.MarkdownRenderer;
import org.deliberation.core.readability.ReadabilityScorer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One shared, thread-safe Markdown renderer, and the readability scorer that reads what it renders. */
@Configuration(proxyBeanMethods = false)
public class MarkdownConfig {

  @Bean
  MarkdownRenderer markdownRenderer() {
    return new MarkdownRenderer();
  }

  @Bean
  ReadabilityScorer readabilityScorer(MarkdownRenderer markdown) {
    return new ReadabilityScorer(markdown);
  }
}
