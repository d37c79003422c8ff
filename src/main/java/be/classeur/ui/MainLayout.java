package be.classeur.ui;

import be.classeur.kernel.DisplayFormats;
import be.classeur.kernel.Inbox;
import be.classeur.kernel.LoginNotices;
import be.classeur.kernel.NavigationBadge;
import be.classeur.kernel.UserPreferences;
import be.classeur.ui.components.OneClick;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The shell around every signed-in view: side navigation with only what the user's roles may open
 * (from {@code @Menu} entries, filtered by access control) with the feature modules' {@link NavigationBadge}s,
 * the page title, and the user menu. For keyboard and screen-reader users: a "skip to content" link first in the tab
 * order, the view inside a {@code <main>} landmark, and focus moved to the page's heading (the record's name on a
 * record's page) after sign-in and after each navigation, so that every view gets this without doing anything.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {
    private final H1 title = new H1();
    private final Main main = new Main();
    private @Nullable HasElement view;
    private final SideNav navigation = new SideNav();
    private final transient AuthenticationContext authentication;
    private final transient UserPreferences preferences;
    private final transient List<NavigationBadge> badges;
    /** The navigation entries by route path without slashes, for the badges. */
    private final Map<String, SideNavItem> itemsByPath = new HashMap<>();

    /** What the signed-in user must read once (e.g. a trainer told of a pupil's rectification, art. 19). */
    private final transient ObjectProvider<LoginNotices> loginNotices;
    /** The signed-in account's notices, behind the bell. */
    private final transient ObjectProvider<Inbox> inbox;
    private final Button bell = new Button(new Icon(VaadinIcon.BELL));
    private final Span bellCount = new Span();
    private final Popover bellPopover = new Popover();
    private final UnorderedList bellList = new UnorderedList();
    private final Button markAllRead = new Button();

    public MainLayout(AuthenticationContext authentication, UserPreferences preferences,
                      ObjectProvider<NavigationBadge> badges, ObjectProvider<LoginNotices> loginNotices,
                      ObjectProvider<Inbox> inbox) {
        this.loginNotices = loginNotices;
        this.inbox = inbox;
        this.authentication = authentication;
        this.preferences = preferences;
        this.badges = badges.orderedStream().toList();
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("ui.layout.menu"));
        title.addClassName("classeur-page-title");
        // Focusable by script only (after navigation), not a tab stop.
        title.getElement().setAttribute("tabindex", "-1");
        HorizontalLayout header = new HorizontalLayout(skipLink(), toggle, title);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.addClassName("classeur-header");
        header.add(bell(), bellPopover, userMenu());
        addToNavbar(true, header);

        Span brand = new Span(getTranslation("ui.app.name"));
        brand.addClassName("classeur-brand");
        Div drawer = new Div(brand, navigation);
        drawer.addClassName("classeur-drawer");
        navigation.getElement().setAttribute("aria-label", getTranslation("ui.layout.navigation"));
        addToDrawer(drawer);
        buildNavigation();

        main.setId(ShellLocations.MAIN_CONTENT);
        main.addClassName("classeur-main");
        main.getElement().setAttribute("tabindex", "-1");
        setContent(main);
    }

    /**
     * Visually hidden until focused. The router would treat a "#fragment" link as a navigation, so the click moves
     * focus to the landmark itself (the href keeps it a real link for assistive technologies).
     */
    private Anchor skipLink() {
        Anchor skip = new Anchor(ShellLocations.SKIP_TO_CONTENT, getTranslation("ui.layout.skipToContent"));
        skip.addClassName("classeur-skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("""
                this.addEventListener('click', e => {
                  e.preventDefault();
                  document.getElementById($0).focus();
                });""", ShellLocations.MAIN_CONTENT);
        return skip;
    }

    @Override
    public void showRouterLayoutContent(@Nullable HasElement content) {
        main.getElement().removeAllChildren();
        view = content;
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(@Nullable HasElement oldContent) {
        main.getElement().removeAllChildren();
        view = null;
    }

    private void buildNavigation() {
        navigation.removeAll();
        itemsByPath.clear();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            // The label in its own element, so that a long one ("Demandes d’exercice des droits") wraps instead of
            // being cut with an ellipsis (the item's shadow styles cut a bare text label); see classeur-nav-label.
            SideNavItem item = new SideNavItem(null, entry.path());
            Span label = new Span(getTranslation(entry.title()));
            label.addClassName("classeur-nav-label");
            item.getElement().appendChild(label.getElement());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            navigation.addItem(item);
            itemsByPath.put(trimSlashes(entry.path()), item);
        }
    }

    private static String trimSlashes(String path) {
        return path == null ? "" : path.replaceAll("^/+|/+$", "");
    }

    /** Puts each badge beside its entry, or removes it when nothing waits; entries the user cannot open have none. */
    private void refreshBadges() {
        for (NavigationBadge badge : badges) {
            SideNavItem item = itemsByPath.get(trimSlashes(badge.path()));
            if (item == null) {
                continue;
            }
            long count = badge.count();
            if (count <= 0) {
                item.setSuffixComponent(null);
                continue;
            }
            // The number is for the eyes; screen readers get the sentence (an aria-label on a plain span is not read).
            String label = getTranslation(badge.labelKey(), count);
            Span number = new Span(String.valueOf(count));
            number.getElement().getThemeList().add("badge error primary small pill");
            number.addClassName("classeur-nav-badge");
            number.getElement().setAttribute("aria-hidden", "true");
            number.getElement().setAttribute("title", label);
            Span spoken = new Span(label);
            spoken.addClassName(LumoUtility.Accessibility.SCREEN_READER_ONLY);
            item.setSuffixComponent(new Span(number, spoken));
        }
    }

    /**
     * The bell: a button whose accessible name says how many notices are unread (the number beside the icon is for
     * the eyes), opening the latest notices in a popover; Escape closes it and gives the focus back to the bell.
     */
    private Component bell() {
        bell.addClassName("classeur-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        bellCount.addClassName("classeur-bell-count");
        bellCount.getElement().getThemeList().add("badge error primary small pill");
        bellCount.getElement().setAttribute("aria-hidden", "true");
        bell.setSuffixComponent(bellCount);

        bellPopover.addClassName("classeur-bell-popover");
        bellPopover.setTarget(bell);
        bellPopover.setOpenOnClick(true);
        bellPopover.setModal(true);
        bellPopover.setAutofocus(true);
        bellPopover.setCloseOnEsc(true);
        bellPopover.setAriaLabel(getTranslation("ui.bell.title"));
        bellPopover.setWidth("min(28rem, 95vw)");
        Span heading = new Span(getTranslation("ui.bell.title"));
        heading.addClassName("classeur-bell-heading");
        markAllRead.setText(getTranslation("ui.bell.markAllRead"));
        markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markAllRead.addClassName("classeur-bell-mark-all");
        OneClick.onClick(markAllRead, click -> {
            inbox.ifAvailable(Inbox::markAllRead);
            refreshBell(true);
        });
        HorizontalLayout top = new HorizontalLayout(heading, markAllRead);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        top.setWidthFull();
        bellList.addClassName("classeur-bell-list");
        bellPopover.add(top, bellList);
        bellPopover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refreshBell(true);
            }
        });
        return bell;
    }

    /** The count on the bell and, when {@code withList}, the list in the popover. */
    void refreshBell(boolean withList) {
        Inbox notices = inbox.getIfAvailable();
        long unread = notices == null ? 0 : notices.unreadCount();
        bellCount.setText(String.valueOf(unread));
        bellCount.setVisible(unread > 0);
        bell.setAriaLabel(getTranslation("ui.bell.label", unread));
        bell.setTooltipText(getTranslation("ui.bell.title"));
        markAllRead.setEnabled(unread > 0);
        if (!withList) {
            return;
        }
        bellList.removeAll();
        List<Inbox.Item> latest = notices == null ? List.of() : notices.latest(20);
        if (latest.isEmpty()) {
            bellList.add(new ListItem(getTranslation("ui.bell.empty")));
        }
        for (Inbox.Item item : latest) {
            bellList.add(bellItem(item));
        }
    }

    /** One notice: plain text, its time, the list it is about, and "mark as read" while it is unread. */
    private ListItem bellItem(Inbox.Item item) {
        ListItem line = new ListItem();
        line.addClassName("classeur-bell-item");
        if (item.unread()) {
            line.addClassName("classeur-bell-unread");
        }
        Span text = new Span(getTranslation(item.messageKey(), item.arguments().toArray()));
        text.addClassName("classeur-bell-text");
        Span when = new Span(DisplayFormats.DATE_TIME.format(item.createdAt())
                + (item.unread() ? " · " + getTranslation("ui.bell.unread") : ""));
        when.addClassName("classeur-bell-time");
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        if (item.link() != null) {
            Anchor open = new Anchor(item.link(), getTranslation("ui.bell.open"));
            open.getElement().addEventListener("click", e -> bellPopover.close());
            actions.add(open);
        }
        if (item.unread()) {
            Button read = new Button(getTranslation("ui.bell.markRead"));
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            read.addClassName("classeur-bell-mark-read");
            OneClick.onClick(read, click -> {
                inbox.ifAvailable(n -> n.markRead(item.id()));
                refreshBell(true);
                bellPopover.getElement().executeJs("setTimeout(() => { const b = this.querySelector('.classeur-bell-mark-all'); if (b) b.focus(); })");
            });
            actions.add(read);
        }
        line.add(new Div(text), new Div(when), actions);
        return line;
    }

    private Component userMenu() {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("classeur-user-menu");
        String name = preferences.currentDisplayName().orElse(authentication.getPrincipalName().orElse(""));
        MenuItem user = menu.addItem(new Span(new Icon(VaadinIcon.USER), new Span(" " + name)));
        user.setAriaLabel(getTranslation("ui.layout.userMenu", name));
        SubMenu sub = user.getSubMenu();
        MenuItem language = sub.addItem(getTranslation("ui.layout.language"));
        for (Locale locale : UserPreferences.SUPPORTED_LOCALES) {
            MenuItem choice = language.getSubMenu().addItem(getTranslation("ui.language." + locale.getLanguage()),
                    click -> switchLanguage(locale));
            choice.setCheckable(true);
            choice.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
        }
        sub.addItem(getTranslation("ui.layout.logout"), click -> authentication.logout()).setId("logout");
        return menu;
    }

    private void switchLanguage(Locale locale) {
        preferences.saveCurrentPreferredLocale(locale);
        UiInitialisation.rememberSessionLocale(locale);
        UI.getCurrent().getPage().reload();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String text = view instanceof HasDynamicTitle dynamic ? dynamic.getPageTitle() : "";
        title.setText(text);
        refreshBadges();
        refreshBell(bellPopover.isOpened());
        focusHeading();
        showUnreadNotices();
    }

    /**
     * Screen readers announce the new page and keyboard users start from its top. A dialog that the view opened
     * on entry keeps the focus (its modality would otherwise be broken).
     */
    private void focusHeading() {
        // On a page's first load the shell is attached, and the focus settled on the body, only after this runs:
        // retry for a moment while nothing else has the focus (never taking it from what the user or a dialog chose).
        title.getElement().executeJs("""
                const heading = this;
                const dialogOpen = () => [...document.querySelectorAll('vaadin-dialog')].some(d => d.opened);
                const focus = tries => {
                  const free = !document.activeElement || document.activeElement === document.body;
                  if (heading.isConnected && (free || tries === 40) && !dialogOpen()) {
                    heading.focus({preventScroll: true});
                  }
                  if (tries > 0 && !dialogOpen()) {
                    setTimeout(() => focus(tries - 1), 50);
                  }
                };
                focus(40);""");
    }

    /**
     * The user's unread notices in a dialog, on the first page after sign-in (or the next page, for one that arrives
     * during the session); taking them marks them read, so each is shown once. Plain text only.
     */
    private void showUnreadNotices() {
        List<LoginNotices.Notice> unread = loginNotices.orderedStream().flatMap(n -> n.takeUnread().stream()).toList();
        if (unread.isEmpty()) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.addClassName("classeur-login-notices");
        dialog.setHeaderTitle(getTranslation("ui.notices.title"));
        dialog.setWidth("min(36rem, 100vw)");
        UnorderedList list = new UnorderedList();
        unread.forEach(n -> list.add(new ListItem(getTranslation(n.messageKey(), n.arguments().toArray()))));
        dialog.add(list);
        Button close = new Button(getTranslation("ui.notices.close"), click -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.open();
        close.focus();
    }
}
