package th.ita.portal.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An agency's names as the platform admin edits them (renaming), with the version they were read at. */
public class AgencyForm {

	@NotBlank(message = "{platform.validation.required}")
	@Size(max = 300, message = "{platform.validation.too-long}")
	private String name = "";

	@Size(max = 200, message = "{platform.validation.too-long}")
	private String district = "";

	@Size(max = 200, message = "{platform.validation.too-long}")
	private String province = "";

	private long version;

	static AgencyForm of(AgencyDetails agency) {
		AgencyForm form = new AgencyForm();
		form.name = agency.name();
		form.district = agency.district();
		form.province = agency.province();
		form.version = agency.version();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = strip(name);
	}

	public String getDistrict() {
		return this.district;
	}

	public void setDistrict(String district) {
		this.district = strip(district);
	}

	public String getProvince() {
		return this.province;
	}

	public void setProvince(String province) {
		this.province = strip(province);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	static String strip(String text) {
		return (text == null) ? "" : text.strip();
	}

}
