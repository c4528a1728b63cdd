package th.ita.portal.unit;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import th.ita.portal.agency.Agency;
import th.ita.portal.common.EditableEntity;

/** A responsible unit of the agency (สำนักปลัด, กองคลัง, ...). */
@Entity
@Table(name = "unit")
public class Unit extends EditableEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Agency agency;

	private String name;

	private int position;

	private boolean active;

	protected Unit() {
	}

	public Unit(Agency agency, String name, int position) {
		this.agency = agency;
		this.name = name;
		this.position = position;
		this.active = true;
	}

	public Agency getAgency() {
		return this.agency;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public int getPosition() {
		return this.position;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
