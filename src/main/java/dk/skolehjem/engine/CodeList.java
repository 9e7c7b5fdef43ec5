package dk.skolehjem.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A Java enum as the choices of one form field: the deployment fills the field's {@code values} from it and the
 * server checks an answer against it, so the values and their Danish labels exist only in the enum. The refusal is
 * what a person is told when the answer is not in the list.
 */
public record CodeList(String field, List<Choice> choices, String refusal) {

    public CodeList {
        choices = List.copyOf(choices);
    }

    public static <E extends Enum<E> & Choice> CodeList of(String field, Class<E> type, String refusal) {
        return new CodeList(field, Arrays.asList(type.getEnumConstants()), refusal);
    }

    public boolean contains(String value) {
        return choices.stream().anyMatch(c -> c.value().equals(value));
    }

    /** The enum constant whose value this is, if any: how Java reads a stored answer back. */
    public static <E extends Enum<E> & Choice> Optional<E> constant(Class<E> type, Object value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.value().equals(value))
                .findFirst();
    }
}
