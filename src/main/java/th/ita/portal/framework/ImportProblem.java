package th.ita.portal.framework;

import java.util.List;

/**
 * One thing wrong with an import: the file's row (1 is the header; 0 for the form or the whole
 * file), the column (empty when none), and the reason as a message key with its arguments.
 */
public record ImportProblem(int row, String column, String reason, List<Object> args) {

	static final String PREFIX = "framework.problem.";

	static ImportProblem of(int row, String column, String reason, Object... args) {
		return new ImportProblem(row, column, PREFIX + reason, List.of(args));
	}

	static ImportProblem ofFile(String reason, Object... args) {
		return of(0, "file", reason, args);
	}

	public Object[] argArray() {
		return this.args.toArray();
	}

}
