package th.ita.portal.history;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One field of a revision, before and after (null where it did not exist). */
@Entity
@Table(name = "revision_field")
public class RevisionField {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Revision revision;

	private int position;

	private String field;

	private String beforeValue;

	private String afterValue;

	protected RevisionField() {
	}

	RevisionField(Revision revision, int position, String field, String before, String after) {
		this.revision = revision;
		this.position = position;
		this.field = field;
		this.beforeValue = before;
		this.afterValue = after;
	}

	public String getField() {
		return this.field;
	}

	public String getBeforeValue() {
		return this.beforeValue;
	}

	public String getAfterValue() {
		return this.afterValue;
	}

}
