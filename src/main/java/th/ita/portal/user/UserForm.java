package th.ita.portal.user;

/** What an admin may change about an account (the shared fields), and the version the form was based on. */
public class UserForm extends UserFields {

	/** The version the admin's form was based on (optimistic locking). */
	private long version;

	static UserForm of(StaffUser user) {
		UserForm form = new UserForm();
		form.fillFrom(user);
		form.version = user.getVersion();
		return form;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
