package th.ita.portal.readiness;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How many of a sub-indicator's items (or of all items, code null) stand in each state. */
public record SubindicatorReadiness(String code, String name, int items, int ready, int needsAttention, int notReady) {

	SubindicatorReadiness add(ReadinessState state) {
		return new SubindicatorReadiness(this.code, this.name, this.items + 1,
				this.ready + (state == ReadinessState.READY ? 1 : 0),
				this.needsAttention + (state == ReadinessState.NEEDS_ATTENTION ? 1 : 0),
				this.notReady + (state == ReadinessState.NOT_READY ? 1 : 0));
	}

	/** The ready items' share, in per cent with one decimal (0 for no items). */
	public BigDecimal percentReady() {
		if (this.items == 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return BigDecimal.valueOf(this.ready * 100L).divide(BigDecimal.valueOf(this.items), 1, RoundingMode.HALF_UP);
	}

}
