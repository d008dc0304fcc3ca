package org.marketaccess.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * What a view does on a phone-sized window. A grid keeps the columns that say what a row is and
 * drops the rest (the row opens to them); a master-detail view shows one side at a time. The width
 * is the browser's, known when the UI starts and followed on resize, so a turned phone or a
 * narrowed window gets the other arrangement without a reload.
 */
public final class ScreenWidth {

    /** Windows narrower than this many CSS pixels are laid out for a phone (Lumo's small breakpoint). */
    public static final int PHONE_MAX = 600;

    private ScreenWidth() {}

    /**
     * Calls {@code layout} with {@code true} for a phone-sized window and {@code false} otherwise:
     * when {@code component} is attached, and again each time the window crosses {@link #PHONE_MAX}.
     */
    public static void follow(Component component, SerializableConsumer<Boolean> layout) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            boolean[] phone = {isPhone(ui.getPage().getExtendedClientDetails().getWindowInnerWidth())};
            layout.accept(phone[0]);
            Registration resize = ui.getPage().addBrowserWindowResizeListener(event -> {
                boolean now = isPhone(event.getWidth());
                if (now != phone[0]) {
                    phone[0] = now;
                    layout.accept(now);
                }
            });
            component.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /**
     * Lets the grid's text wrap instead of ending in "…", and hides {@code secondary} columns on a
     * phone-sized window. There the columns that stay share the width: one sized to its longest
     * text would leave the others a sliver.
     */
    public static void fit(Grid<?> grid, Grid.Column<?>... secondary) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        List<Grid.Column<?>> hidden = List.of(secondary);
        List<Grid.Column<?>> sized = grid.getColumns().stream()
                .filter(column -> column.isAutoWidth() && !hidden.contains(column))
                .<Grid.Column<?>>map(column -> column)
                .toList();
        follow(grid, phone -> {
            hidden.forEach(column -> column.setVisible(!phone));
            for (Grid.Column<?> column : sized) {
                column.setAutoWidth(!phone);
                if (phone) {
                    column.setWidth(SHARED_WIDTH);
                }
            }
            if (!phone && !sized.isEmpty()) {
                grid.recalculateColumnWidths();
            }
        });
    }

    /** The starting width of a column that shares a phone's width with the others (each then grows). */
    private static final String SHARED_WIDTH = "6rem";

    /** An unknown width (0 or less, before the browser told) counts as a wide window. */
    static boolean isPhone(int width) {
        return width > 0 && width < PHONE_MAX;
    }
}
