package io.github.dailypapers.digest.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * How Immutables generates the model's implementations. Source retention and package-private
 * implementations keep every {@code org.immutables} reference out of the compiled jar and the
 * generated classes out of the public API: users see only the abstract types and their builders.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
        jdkOnly = true,
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        allowedClasspathAnnotations = {Override.class},
        defaults = @Value.Immutable(copy = false))
@interface ModelStyle {}
