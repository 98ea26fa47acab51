package uk.lantern.support.accesslog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every call of the annotated controller method is written to the service's {@link AccessLog} before anything is
 * sent or done: a read when its answer is about to be written (a failed read, e.g. 404, shows nothing and is not
 * logged), a decision or share before the method runs. If the entry cannot be written the request fails with 503
 * and nothing is shown or done.
 *
 * <p>The child references of the entry are the values of the path variables, of the request parameters named in
 * {@link #parameters()}, and the identifiers found in the answer (the fields of
 * {@code lantern.access-log.reference-fields}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AccessLogged {

    AccessAction value();

    /** Request parameters whose values name a child or a record (e.g. {@code nhsNumber}, {@code identifier}). */
    String[] parameters() default {};
}
