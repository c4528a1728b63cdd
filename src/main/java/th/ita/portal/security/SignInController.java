package th.ita.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import th.ita.portal.common.ThaiDates;

/** The sign-in page, with what went wrong last time (wrong password, or wait until when). */
@Controller
class SignInController {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final Clock clock;

	SignInController(Clock clock) {
		this.clock = clock;
	}

	@GetMapping(SecurityConfig.LOGIN)
	String signIn(HttpServletRequest request, Model model) {
		HttpSession session = request.getSession(false);
		SignInProblem problem = null;
		if (session != null && session.getAttribute(SignInProblem.ATTRIBUTE) instanceof SignInProblem p) {
			problem = p;
			session.removeAttribute(SignInProblem.ATTRIBUTE);
		}
		model.addAttribute("username", problem == null ? "" : problem.username());
		model.addAttribute("problem", problem == null ? null : messageKey(problem));
		if (problem != null && problem.retryAt() != null) {
			Duration left = Duration.between(this.clock.instant(), problem.retryAt());
			long seconds = Math.max(1, left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0));
			model.addAttribute("retryTime", TIME.format(ZonedDateTime.ofInstant(problem.retryAt(), ThaiDates.BANGKOK)));
			model.addAttribute("retrySeconds", seconds);
			model.addAttribute("retryMinutes", (seconds + 59) / 60);
		}
		return "security/login";
	}

	private static String messageKey(SignInProblem problem) {
		return switch (problem.kind()) {
			case ALLOWED -> "signin.error.credentials";
			case SLOWED -> "signin.error.slowed";
			case LOCKED -> "signin.error.locked";
		};
	}

}
