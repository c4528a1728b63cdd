package th.ita.portal.report;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link Report} handler parameter of a staff page: the report of the {@code {year}} in the
 * path, published or not; the year switcher lists every opened year ({@link ReportOfYear}).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface StaffYear {

}
