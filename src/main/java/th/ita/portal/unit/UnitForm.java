package th.ita.portal.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A unit's name and whether it is still in use (a deactivated unit keeps its history). */
public class UnitForm {

	@NotBlank(message = "{accounts.validation.required}")
	@Size(max = 200, message = "{accounts.validation.too-long}")
	private String name = "";

	private boolean active = true;

	private long version;

	static UnitForm of(Unit unit) {
		UnitForm form = new UnitForm();
		form.name = unit.getName();
		form.active = unit.isActive();
		form.version = unit.getVersion();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name.strip();
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
