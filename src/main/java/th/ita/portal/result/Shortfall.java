package th.ita.portal.result;

import java.math.BigDecimal;

/**
 * Why a level was not reached: its minimum for the total ({@code tool} null) or for a tool, and
 * the score there was (null when that score has not been entered).
 */
public record Shortfall(String level, String tool, BigDecimal needed, BigDecimal got) {

	public boolean missing() {
		return this.got == null;
	}

}
