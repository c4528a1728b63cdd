package th.ita.portal.result;

import java.math.BigDecimal;

/** One of the agency's years, for the year switcher and the staff list: its score and result. */
public record YearLink(int year, BigDecimal overall, String result) {
}
