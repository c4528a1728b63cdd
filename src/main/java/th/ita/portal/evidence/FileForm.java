package th.ita.portal.evidence;

import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/** The form that uploads a file; the title may be left empty to use the file's name. */
public class FileForm {

	private String title = "";

	private MultipartFile file;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = EvidenceInput.plainText(title);
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	void validate(Errors errors) {
		if (this.title.length() > LinkForm.MAX_TITLE) {
			errors.rejectValue("title", "evidence.title.too-long");
		}
		if (this.file == null || this.file.isEmpty()) {
			errors.rejectValue("file", "evidence.file.required");
		}
	}

}
