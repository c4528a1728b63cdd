package th.ita.portal.framework;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** An OIT sub-indicator (ตัวชี้วัดย่อย), e.g. 9.1 ข้อมูลพื้นฐาน. */
@Entity
@Immutable
@Table(name = "oit_subindicator")
public class OitSubindicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Indicator indicator;

	private String code;

	private String name;

	private int position;

	protected OitSubindicator() {
	}

	public Long getId() {
		return this.id;
	}

	public Indicator getIndicator() {
		return this.indicator;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public int getPosition() {
		return this.position;
	}

}
