package th.ita.portal.web.cache;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public page's handler whose rendering the page cache may keep. The cache takes the
 * paths from the handler's own {@code @GetMapping} ({@link CachedPaths}), so the paths are
 * declared once, where the page is. Mark only a page that changes with a publish and nothing
 * else (no parameters, nothing of the reader but its language) and that sets its ETag through
 * {@code PublicCaching}: a page without an ETag is never kept.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CachedPublicPage {

}
