package th.ita.portal.framework;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The ITA structure of one fiscal year (พ.ศ.), seeded by Flyway. */
@Entity
@Immutable
@Table(name = "framework")
public class Framework {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int fiscalYear;

	private String name;

	protected Framework() {
	}

	public Long getId() {
		return this.id;
	}

	/** The Buddhist-Era fiscal year, e.g. 2566. */
	public int getFiscalYear() {
		return this.fiscalYear;
	}

	public String getName() {
		return this.name;
	}

}
