package th.ita.portal.measure;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.ServletWebRequest;

import th.ita.portal.framework.AssessmentTool;
import th.ita.portal.plan.PublishedPlan;
import th.ita.portal.plan.PublishedPlanRepository;
import th.ita.portal.report.PublicYear;
import th.ita.portal.report.Report;
import th.ita.portal.web.PublicCaching;
import th.ita.portal.web.cache.CachedPublicPage;

/** The public measures page: the year's measures and indicator plans 1–8, as published. */
@Controller
class MeasuresPublicController {

	private final PublishedMeasureRepository measures;

	private final PublishedPlanRepository plans;

	private final PublicCaching caching;

	MeasuresPublicController(PublishedMeasureRepository measures, PublishedPlanRepository plans,
			PublicCaching caching) {
		this.measures = measures;
		this.plans = plans;
		this.caching = caching;
	}

	@CachedPublicPage
	@GetMapping("/ita/{year:\\d{4}}/measures")
	String measures(@PublicYear Report report, ServletWebRequest request, Model model) {
		if (this.caching.notModified(request, "measures-" + report.getId(), report.getLastPublishedAt())) {
			return null;
		}
		List<PublishedPlan> plans = this.plans.findByReport(report);
		model.addAttribute("page", new MeasuresPage(report, this.measures.findByReport(report),
				ofTool(plans, AssessmentTool.IIT), ofTool(plans, AssessmentTool.EIT)));
		return "measure/public";
	}

	private static List<PublishedPlan> ofTool(List<PublishedPlan> plans, AssessmentTool tool) {
		return plans.stream().filter(p -> p.getIndicator().getTool() == tool).toList();
	}

	record MeasuresPage(Report report, List<PublishedMeasure> measures, List<PublishedPlan> iitPlans,
			List<PublishedPlan> eitPlans) {
	}

}
