package dsw.simulation.behavior;

import dsw.model.Component;
import dsw.model.kind.PropertyValue;
import dsw.model.value.Distribution;
import java.util.Optional;

/** Reads component properties that not every kind has, with fallbacks. */
final class Properties {
    private Properties() {}

    static int intOr(Component component, String key, int fallback) {
        Optional<PropertyValue> value = component.findProperty(key);
        return value.isPresent() ? (int) Math.min(Integer.MAX_VALUE, component.longProperty(key)) : fallback;
    }

    static long durationOr(Component component, String key, long fallback) {
        return component.findProperty(key).isPresent() ? component.durationProperty(key) : fallback;
    }

    static double numberOr(Component component, String key, double fallback) {
        return component.findProperty(key).isPresent() ? component.numberProperty(key) : fallback;
    }

    static String textOr(Component component, String key, String fallback) {
        return component.findProperty(key).isPresent() ? component.textProperty(key) : fallback;
    }

    static Distribution distributionOr(Component component, String key, Distribution fallback) {
        return component.findProperty(key).isPresent() ? component.distributionProperty(key) : fallback;
    }
}
