package th.ita.portal.agency;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import th.ita.portal.common.EditableEntity;

/** A public agency whose ITA reports the portal keeps; each answers at its own host names ({@link AgencyDirectory}). */
@Entity
@Table(name = "agency")
public class Agency extends EditableEntity {

	private String slug;

	private String name;

	private String district;

	private String province;

	private boolean isDefault;

	protected Agency() {
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getDistrict() {
		return this.district;
	}

	public String getProvince() {
		return this.province;
	}

	public boolean isDefault() {
		return this.isDefault;
	}

}
