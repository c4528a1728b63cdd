package th.ita.portal.framework;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One required data component (องค์ประกอบด้านข้อมูล) of an OIT item; depth 1 is a sub-entry. */
@Entity
@Immutable
@Table(name = "oit_item_component")
public class OitItemComponent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private OitItem item;

	private int position;

	private short depth;

	private String text;

	protected OitItemComponent() {
	}

	public Long getId() {
		return this.id;
	}

	public int getPosition() {
		return this.position;
	}

	public int getDepth() {
		return this.depth;
	}

	public String getText() {
		return this.text;
	}

}
