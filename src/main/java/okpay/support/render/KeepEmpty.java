package okpay.support.render;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a component of an output record: written even when it is an empty list or map, because the list being empty is
 * itself the answer (nothing fits, no problems, no official match). Every other empty value is left out.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface KeepEmpty {}
