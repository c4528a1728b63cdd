package th.ita.portal.export;

/** Measures Thai text as it is set: marks above and below a letter take no width of their own. */
final class ThaiText {

	private ThaiText() {
	}

	/** The number of character columns the text takes, not counting Thai combining marks. */
	static int columns(String text) {
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			int type = Character.getType(text.charAt(i));
			if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
				count++;
			}
		}
		return count;
	}

}
