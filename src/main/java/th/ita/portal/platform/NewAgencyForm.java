package th.ita.portal.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new agency: its short name in addresses and files (slug), its names and its first host name. */
public class NewAgencyForm extends AgencyForm {

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 64, message = "{platform.validation.slug}")
	@Pattern(regexp = "^$|[a-z0-9][a-z0-9-]*", message = "{platform.validation.slug}")
	private String slug = "";

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = HostNames.MAX_LENGTH + 6, message = "{platform.validation.host}")
	private String host = "";

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = strip(slug);
	}

	public String getHost() {
		return this.host;
	}

	public void setHost(String host) {
		this.host = strip(host);
	}

}
