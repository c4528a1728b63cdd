package th.ita.portal.framework;

import java.util.List;

/** One row of a framework file as read, numbered as a spreadsheet numbers it (the header is 1). */
record FileRow(int number, List<String> cells) {

	boolean blank() {
		return this.cells.stream().allMatch(String::isBlank);
	}

}
