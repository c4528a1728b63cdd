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

	public Agency getAgency() {
		return this.agency;
	}

	public String getName() {
		return this.name;
	}

	public int getPosition() {
		return this.position;
	}

	public boolean isActive() {
		return this.active;
	}

}
