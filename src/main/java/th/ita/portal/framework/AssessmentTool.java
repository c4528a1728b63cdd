package th.ita.portal.framework;

/** The three ITA instruments: internal survey, external survey and open data. */
public enum AssessmentTool {

	IIT, EIT, OIT

}
