package org.deliberation.web.platform.config;

import org.deliberation.core.markdown.MarkdownRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One shared, thread-safe Markdown renderer. */
@Configuration(proxyBeanMethods = false)
public class MarkdownConfig {

  @Bean
  MarkdownRenderer markdownRenderer() {
    return new MarkdownRenderer();
  }
}
