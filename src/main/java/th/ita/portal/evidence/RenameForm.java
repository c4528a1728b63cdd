package th.ita.portal.evidence;

/** A new title for one piece of evidence, with the version the editor saw. */
public class RenameForm {

	private String title = "";

	private Long version;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = EvidenceInput.plainText(title);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	/** The message key of what is wrong with the title, or null when nothing is. */
	String problem() {
		if (this.title.isEmpty()) {
			return "evidence.title.required";
		}
		return this.title.length() > LinkForm.MAX_TITLE ? "evidence.title.too-long" : null;
	}

}
