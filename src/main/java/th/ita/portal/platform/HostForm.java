package th.ita.portal.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A host name to add to an agency, as typed (normalised by {@link HostNames} before it is kept). */
public class HostForm {

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = HostNames.MAX_LENGTH + 6, message = "{platform.validation.host}")
	private String host = "";

	public String getHost() {
		return this.host;
	}

	public void setHost(String host) {
		this.host = AgencyForm.strip(host);
	}

}
