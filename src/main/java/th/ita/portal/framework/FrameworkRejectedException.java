package th.ita.portal.framework;

import java.util.List;

/** An import refused whole, with every problem found; nothing was stored. */
public class FrameworkRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<ImportProblem> problems;

	FrameworkRejectedException(List<ImportProblem> problems) {
		super("framework import refused: " + problems.size() + " problems");
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> problems() {
		return this.problems;
	}

}
