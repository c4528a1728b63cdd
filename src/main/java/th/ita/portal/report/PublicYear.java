package th.ita.portal.report;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link Report} handler parameter of a public page: the report of the {@code {year}} in the
 * path, only when that year has been published (otherwise 404, as an unknown year); the year
 * switcher lists the published years only ({@link ReportOfYear}).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PublicYear {

}
