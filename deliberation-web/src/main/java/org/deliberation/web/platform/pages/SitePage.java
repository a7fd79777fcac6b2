package org.deliberation.web.platform.pages;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * A controller that answers with HTML pages. The layout's model and the pages' error handling apply to these only,
 * wherever their feature's folder is; the API's controllers are {@code @RestController}s and answer problem+json.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface SitePage {}
