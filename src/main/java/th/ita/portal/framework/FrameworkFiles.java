package th.ita.portal.framework;

import java.util.List;
import java.util.Locale;

/** Reads an uploaded framework file, CSV or XLSX by its name and its content, into rows. */
final class FrameworkFiles {

	/** The largest framework file accepted: 2 MB (2566's is about 40 KB). */
	static final int MAX_BYTES = 2 * 1024 * 1024;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private FrameworkFiles() {
	}

	static List<FileRow> read(String filename, long size, byte[] bytes, List<ImportProblem> problems) {
		String name = (filename == null) ? "" : filename.toLowerCase(Locale.ROOT).strip();
		if (size > MAX_BYTES) {
			problems.add(ImportProblem.of(0, "file", "too-large", MAX_BYTES / (1024 * 1024)));
			return List.of();
		}
		if ((bytes == null || bytes.length == 0) && name.isEmpty()) {
			problems.add(ImportProblem.of(0, "file", "no-file"));
			return List.of();
		}
		if (bytes == null || bytes.length == 0) {
			problems.add(ImportProblem.of(0, "file", "empty"));
			return List.of();
		}
		if (bytes.length > MAX_BYTES) {
			problems.add(ImportProblem.of(0, "file", "too-large", MAX_BYTES / (1024 * 1024)));
			return List.of();
		}
		boolean zip = bytes.length >= ZIP.length && bytes[0] == ZIP[0] && bytes[1] == ZIP[1] && bytes[2] == ZIP[2]
				&& bytes[3] == ZIP[3];
		if (name.endsWith(".xlsx")) {
			if (!zip) {
				problems.add(ImportProblem.of(0, "file", "not-xlsx"));
				return List.of();
			}
			return FrameworkXlsx.read(bytes, problems);
		}
		if (name.endsWith(".csv") || name.endsWith(".txt")) {
			if (zip || containsNul(bytes)) {
				problems.add(ImportProblem.of(0, "file", "not-csv"));
				return List.of();
			}
			return FrameworkCsv.read(bytes, problems);
		}
		problems.add(ImportProblem.of(0, "file", "wrong-type"));
		return List.of();
	}

	private static boolean containsNul(byte[] bytes) {
		for (byte b : bytes) {
			if (b == 0) {
				return true;
			}
		}
		return false;
	}

}
