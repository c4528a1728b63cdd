package th.ita.portal.evidence;

import org.springframework.validation.Errors;

/** The form that adds a link: a title and an http(s) address. */
public class LinkForm {

	static final int MAX_TITLE = 300;

	static final int MAX_URL = 2000;

	private String title = "";

	private String url = "";

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = EvidenceInput.plainText(title);
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url == null ? "" : url.strip();
	}

	void validate(Errors errors) {
		if (this.title.isEmpty()) {
			errors.rejectValue("title", "evidence.title.required");
		}
		else if (this.title.length() > MAX_TITLE) {
			errors.rejectValue("title", "evidence.title.too-long");
		}
		if (this.url.isEmpty()) {
			errors.rejectValue("url", "evidence.link.url.required");
		}
		else if (this.url.length() > MAX_URL || !EvidenceInput.isWebAddress(this.url)) {
			errors.rejectValue("url", "evidence.link.url.invalid");
		}
	}

}
