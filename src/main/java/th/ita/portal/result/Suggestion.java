package th.ita.portal.result;

import java.util.List;

/**
 * The level a rule gives for some scores ({@code level} null: none reached, or no overall score),
 * and why each better level was missed. Only a suggestion: the admin confirms the result.
 */
public record Suggestion(String level, List<Shortfall> missed, boolean hasRule) {

	public boolean reached() {
		return this.level != null;
	}

}
