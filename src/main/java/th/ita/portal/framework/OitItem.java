package th.ita.portal.framework;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** An OIT item of a year (o1–o43 in 2566): its title and required data components. */
@Entity
@Immutable
@Table(name = "oit_item")
public class OitItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Framework framework;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private OitSubindicator subindicator;

	@ManyToOne(fetch = FetchType.LAZY)
	private OitTopic topic;

	private int number;

	private String code;

	private String title;

	@OneToMany(mappedBy = "item")
	@OrderBy("position")
	private List<OitItemComponent> components = new ArrayList<>();

	protected OitItem() {
	}

	public Long getId() {
		return this.id;
	}

	public Framework getFramework() {
		return this.framework;
	}

	public OitSubindicator getSubindicator() {
		return this.subindicator;
	}

	public OitTopic getTopic() {
		return this.topic;
	}

	public int getNumber() {
		return this.number;
	}

	/** The code used in URLs, e.g. {@code o12}. */
	public String getCode() {
		return this.code;
	}

	/** The code as printed, e.g. {@code O12}. */
	public String getDisplayCode() {
		return this.code.toUpperCase(java.util.Locale.ROOT);
	}

	public String getTitle() {
		return this.title;
	}

	public List<OitItemComponent> getComponents() {
		return this.components;
	}

}
