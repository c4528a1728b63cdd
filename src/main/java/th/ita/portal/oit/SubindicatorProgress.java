package th.ita.portal.oit;

/** How many of a sub-indicator's OIT items are published as done. */
public record SubindicatorProgress(String code, String name, long items, long done) {

	public int percent() {
		return this.items == 0 ? 0 : (int) Math.round(100.0 * this.done / this.items);
	}

}
