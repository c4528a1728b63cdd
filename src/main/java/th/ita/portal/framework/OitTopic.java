package th.ita.portal.framework;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A topic heading inside an OIT sub-indicator, e.g. "นโยบาย No Gift Policy". */
@Entity
@Immutable
@Table(name = "oit_topic")
public class OitTopic {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private OitSubindicator subindicator;

	private String name;

	private int position;

	protected OitTopic() {
	}

	public Long getId() {
		return this.id;
	}

	public OitSubindicator getSubindicator() {
		return this.subindicator;
	}

	public String getName() {
		return this.name;
	}

	public int getPosition() {
		return this.position;
	}

}
