package th.ita.portal.framework;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** An indicator (ตัวชี้วัด) of a year's framework, with the tool that measures it. */
@Entity
@Immutable
@Table(name = "indicator")
public class Indicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Framework framework;

	private int number;

	private String name;

	@Enumerated(EnumType.STRING)
	private AssessmentTool tool;

	protected Indicator() {
	}

	public Long getId() {
		return this.id;
	}

	public Framework getFramework() {
		return this.framework;
	}

	public int getNumber() {
		return this.number;
	}

	public String getName() {
		return this.name;
	}

	public AssessmentTool getTool() {
		return this.tool;
	}

}
