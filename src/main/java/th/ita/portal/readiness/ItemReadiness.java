package th.ita.portal.readiness;

import java.util.List;

import th.ita.portal.evidence.PublishedEvidence;
import th.ita.portal.oit.OitDisclosure;
import th.ita.portal.oit.PublishedDisclosure;

/**
 * One item's state, with its whole checklist (the reasons are the checks that fail), and what the
 * evaluator sees of it: the published copy (null if never published), its components and its
 * published evidence.
 */
public record ItemReadiness(OitDisclosure disclosure, PublishedDisclosure published, List<ComponentRow> components,
		List<PublishedEvidence> evidence, ReadinessState state, List<Check> checks) {

	static ItemReadiness of(ItemFacts facts, List<Check> checks) {
		ReadinessState state = ReadinessState.READY;
		for (Check c : checks) {
			state = state.worse(c.outcome());
		}
		return new ItemReadiness(facts.draft(), facts.published(), facts.components(), facts.evidence(), state,
				List.copyOf(checks));
	}

	public List<Check> reasons() {
		return this.checks.stream().filter(c -> !c.passed()).toList();
	}

	public boolean ready() {
		return this.state == ReadinessState.READY;
	}

	public String code() {
		return this.disclosure.getItem().getCode();
	}

}
