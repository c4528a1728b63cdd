package th.ita.portal.web;

import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.util.ObjectUtils;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every form: strings are trimmed; blank stays blank (never null), so typed text is kept as typed.
 * A value of the wrong type (an unknown status, text where a number or an id belongs, a file sent
 * as plain text) is reported by its message key alone ({@code typeMismatch.status}, ...,
 * {@code typeMismatch}, in the bundles): Spring's own message names Java types and the portal's
 * classes, and no page may show those.
 */
@ControllerAdvice
class FormBindingAdvice {

	@InitBinder
	void trimStrings(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(false));
		binder.setBindingErrorProcessor(new KeysOnly());
	}

	/** Like Spring's, but the error carries no default message, only the codes the bundles answer. */
	static final class KeysOnly extends DefaultBindingErrorProcessor {

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
			String field = ex.getPropertyName();
			Object rejected = ex.getValue();
			if (ObjectUtils.isArray(rejected)) {
				rejected = StringUtils.arrayToCommaDelimitedString(ObjectUtils.toObjectArray(rejected));
			}
			FieldError error = new FieldError(result.getObjectName(), field, rejected, true,
					result.resolveMessageCodes(ex.getErrorCode(), field),
					getArgumentsForBindError(result.getObjectName(), field), null);
			error.wrap(ex);
			result.addError(error);
		}

	}

}
