package th.ita.portal.readiness;

import java.util.List;

/**
 * One line of an item's checklist: its message key ({@code readiness.check.*} when it passes,
 * {@code readiness.reason.*} when it fails) and arguments, whether it passes, and the state a
 * failure leaves the item in.
 */
public record Check(String name, List<String> arguments, boolean passed, ReadinessState failure) {

	static Check of(String name, boolean passed, ReadinessState failure, String... arguments) {
		return new Check(name, List.of(arguments), passed, failure);
	}

	/** The message key to show: what was checked, or why it fails. */
	public String messageKey() {
		return (this.passed ? "readiness.check." : "readiness.reason.") + this.name;
	}

	public Object[] args() {
		return this.arguments.toArray();
	}

	ReadinessState outcome() {
		return this.passed ? ReadinessState.READY : this.failure;
	}

}
