package uk.lantern.support.web;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import uk.lantern.support.accesslog.AccessLogUnavailable;
import uk.lantern.support.problems.IdempotencyKeyReused;
import uk.lantern.support.problems.InvalidRequestParameter;
import uk.lantern.support.problems.NotFound;
import uk.lantern.support.problems.NotYourRecord;
import uk.lantern.support.problems.RuleViolation;
import uk.lantern.support.problems.StateConflict;
import uk.lantern.support.problems.VersionConflict;

/**
 * Every refused request gets an RFC 9457 problem (application/problem+json) with a 4xx status, and, where a field is
 * at fault, an {@code errors} list of {@code {field, reason}}. Nothing is written for a refused request: commands are
 * checked in full before the single write.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final String TYPES = "https://lantern.example/problems/";
    private static final int RETRY_AFTER_SECONDS = 5;

    private final MeterRegistry meters;

    public ProblemResponses(MeterRegistry meters) {
        this.meters = meters;
    }

    /** The field at fault (a dotted path into the body, a parameter or a header) and why. */
    record FieldError(String field, String reason) {
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<Object> ruleBroken(RuleViolation e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation", "The rules refuse this request",
                e.field() + ": " + e.reason(), List.of(new FieldError(e.field(), e.reason())));
    }

    @ExceptionHandler(StateConflict.class)
    ResponseEntity<Object> wrongState(StateConflict e) {
        return problem(HttpStatus.CONFLICT, "state-conflict", "Not possible in the record's current state",
                e.getMessage(), List.of());
    }

    @ExceptionHandler(VersionConflict.class)
    ResponseEntity<Object> versionConflict(VersionConflict e) {
        ResponseEntity<Object> response = problem(HttpStatus.CONFLICT, "version-conflict",
                "The record was changed by someone else", e.getMessage(), List.of());
        ((ProblemDetail) response.getBody()).setProperty("currentVersion", e.currentVersion());
        return response;
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ResponseEntity<Object> submissionConflict(IdempotencyKeyReused e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", "Idempotency-Key reused",
                e.getMessage(), List.of(new FieldError("Idempotency-Key", e.getMessage())));
    }

    @ExceptionHandler(NotYourRecord.class)
    ResponseEntity<Object> notYours(NotYourRecord e) {
        return problem(HttpStatus.FORBIDDEN, "not-allowed", "Not allowed", e.getMessage(), List.of());
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Object> notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(InvalidRequestParameter.class)
    ResponseEntity<Object> invalidParameter(InvalidRequestParameter e) {
        return invalid(List.of(new FieldError(e.field(), e.getMessage())));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolated(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList();
        return invalid(errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(new FieldError(e.getName(),
                "cannot be read as " + ReadFailures.expected(e.getRequiredType()))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.add(new FieldError(f.getField(), f.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.add(new FieldError(g.getObjectName(), g.getDefaultMessage())));
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> errors.add(
                new FieldError(r.getMethodParameter().getParameterName(), err.getDefaultMessage()))));
        return invalid(errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof JacksonException)) {
            cause = cause.getCause();
        }
        if (cause instanceof JacksonException json) {
            return invalid(List.of(ReadFailures.describe(json)));
        }
        return invalid(List.of(new FieldError("body", "a JSON body is required")));
    }

    /**
     * What Spring MVC refuses itself (a method not allowed, a content type not taken, a parameter missing or of the
     * wrong type, no such path) keeps its status and its own problem, which names the parameter or header; its
     * detail is cleared of anything that looks like a Java class. A failure Spring MVC answers with 5xx is a fault
     * here: the generic internal problem, logged with its incident id.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (status.is5xxServerError()) {
            return internal(HttpStatus.valueOf(status.value()), e);
        }
        count(status.value(), "http");
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem && problem.getDetail() != null) {
            problem.setDetail(Redaction.redact(problem.getDetail()));
        }
        return response;
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException e,
                                                        HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String name = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        return invalid(List.of(new FieldError(name, "cannot be read as " + ReadFailures.expected(e.getRequiredType()))));
    }

    /**
     * MongoDB not answering (stopped, unreachable, a timeout): 503 with Retry-After, so a recorder's system tries
     * again rather than reporting a fault; nothing was recorded (a write is one document, or none).
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            MongoSocketException.class, MongoTimeoutException.class})
    ResponseEntity<Object> storeUnavailable(Exception e) {
        log.warn("The store did not answer: {}", e.getMessage());
        ResponseEntity<Object> problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable",
                "The store is not answering", "Nothing was recorded. Try again in a few seconds.", List.of());
        return ResponseEntity.status(problem.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS)).body(problem.getBody());
    }

    /**
     * The access log could not be written: nothing is shown or done without a record of who asked (DPA 2018 s.62).
     * 503 with Retry-After, like a store that does not answer.
     */
    @ExceptionHandler(AccessLogUnavailable.class)
    ResponseEntity<Object> accessLogUnavailable(AccessLogUnavailable e) {
        log.error("Refused a request: {}", e.getMessage());
        ResponseEntity<Object> problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "access-log-unavailable",
                "The access log cannot be written", "Nothing was shown or done: every access to a child's record is "
                        + "logged first, and the log is not answering. Try again in a few seconds.", List.of());
        return ResponseEntity.status(problem.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS)).body(problem.getBody());
    }

    /**
     * Anything else is a fault here: the answer says only that, with an incident id that is also in the log beside
     * the failure, never the failure's class, message or stack.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.apache.tomcat.util.http.InvalidParameterException invalid) {
                return invalidQuery(invalid);
            }
        }
        return internal(HttpStatus.INTERNAL_SERVER_ERROR, e);
    }

    /**
     * Tomcat could not decode the query string (bytes that are not UTF-8 once %-decoded): a 400 naming the
     * parameter, not the fault it is reported as.
     */
    private ResponseEntity<Object> invalidQuery(Exception e) {
        var name = java.util.regex.Pattern.compile("Parameter \\[([^\\]]{1,100})\\]").matcher(String.valueOf(e.getMessage()));
        String field = name.find() ? Redaction.fieldName(name.group(1)) : "query";
        return invalid(List.of(new FieldError(field, "is not valid UTF-8 text once decoded")));
    }

    private ResponseEntity<Object> internal(HttpStatus status, Exception e) {
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected failure, incident {}", incident, e);
        Counter.builder("lantern.requests.failed").description("Requests that failed with an unexpected fault")
                .register(meters).increment();
        ResponseEntity<Object> response = problem(status, "internal",
                "Something went wrong on our side", "The request was not completed; nothing was recorded. Try again, "
                        + "or tell support the incident id " + incident + ".", List.of());
        ((ProblemDetail) response.getBody()).setProperty("incident", incident);
        return response;
    }

    private ResponseEntity<Object> invalid(List<FieldError> errors) {
        String detail = errors.stream().map(f -> f.field() + ": " + f.reason()).reduce((a, b) -> a + "; " + b)
                .orElse("invalid request");
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request is not valid", detail, errors);
    }

    private ResponseEntity<Object> problem(HttpStatus status, String type, String title, String detail,
                                           List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        if (status.is4xxClientError()) {
            count(status.value(), type);
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private void count(int status, String type) {
        if (status >= 400 && status < 500) {
            Counter.builder("lantern.requests.rejected")
                    .description("Requests refused with a 4xx problem")
                    .tags("status", String.valueOf(status), "problem", type)
                    .register(meters).increment();
        }
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

}
