package th.ita.portal.web;

import java.io.IOException;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.servlet.http.HttpServletResponse;

import org.hibernate.StaleStateException;
import org.hibernate.exception.LockAcquisitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The one place where a write that lost its race even after its retries
 * ({@link th.ita.portal.common.RetriedOnLostRace}) is answered: the 409 page, never a 500.
 * Nothing was saved, so nothing is lost but this attempt, which the user can make again.
 */
@ControllerAdvice
class LostRaceAdvice {

	private static final Logger log = LoggerFactory.getLogger(LostRaceAdvice.class);

	@ExceptionHandler({ ConcurrencyFailureException.class, OptimisticLockException.class,
			PessimisticLockException.class, LockTimeoutException.class, StaleStateException.class,
			LockAcquisitionException.class })
	void lostRace(Exception failure, HttpServletResponse response) throws IOException {
		log.warn("A write lost its race after its retries: {}", failure.toString());
		response.sendError(HttpServletResponse.SC_CONFLICT);
	}

}
