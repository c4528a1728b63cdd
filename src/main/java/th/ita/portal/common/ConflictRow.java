package th.ita.portal.common;

/**
 * One field of a conflict page: what is saved now and what the user tried to save.
 * @param labelKey the field's message key
 * @param current the saved value (HTML when {@code rich})
 * @param mine the user's own text, exactly as typed
 * @param rich whether {@code current} is stored rich text
 */
public record ConflictRow(String labelKey, String current, String mine, boolean rich) {

	public boolean differs() {
		return this.rich ? !RichText.toMarkup(this.current).equals(this.mine.strip())
				: !this.current.strip().equals(this.mine.strip());
	}

}
