# MLP Workbook figure: Golden activations
# $act: x, then f(x) and f'(x) for each activation, sampled from MLPKit's Activation
set terminal pngcairo size 1280,800 enhanced font "DejaVu Sans,16" linewidth 1.5
set encoding utf8
$act << EOD
# x tanh d_tanh relu d_relu
-2.0000 -0.9640 0.0707 0.0000 0.0000
-1.5000 -0.9051 0.1807 0.0000 0.0000
-1.0000 -0.7616 0.4200 0.0000 0.0000
-0.5000 -0.4621 0.7864 0.0000 0.0000
0.0000 0.0000 1.0000 0.0000 0.0000
0.5000 0.4621 0.7864 0.5000 1.0000
1.0000 0.7616 0.4200 1.0000 1.0000
1.5000 0.9051 0.1807 1.5000 1.0000
2.0000 0.9640 0.0707 2.0000 1.0000
2.5000 0.9866 0.0266 2.5000 1.0000
3.0000 0.9951 0.0099 3.0000 1.0000
EOD
set style line 1 lt 1 lc rgb "#0072B2" lw 2.5 dt 1 pt 7 ps 1.3
set style line 2 lt 2 lc rgb "#D55E00" lw 2.5 dt (10,6) pt 9 ps 1.3
set style line 3 lt 3 lc rgb "#009E73" lw 2.5 dt (14,6,3,6) pt 5 ps 1.3
set style line 4 lt 4 lc rgb "#CC79A7" lw 2.5 dt (3,5) pt 13 ps 1.3
set style line 5 lt 5 lc rgb "#E69F00" lw 2.5 dt (20,6,3,6,3,6) pt 11 ps 1.3
set style line 6 lt 6 lc rgb "#56B4E9" lw 2.5 dt (6,3) pt 15 ps 1.3
set style line 7 lt 7 lc rgb "#000000" lw 2.5 dt (24,10) pt 7 ps 1.3
set style line 8 lt 8 lc rgb "#F0E442" lw 2.5 dt (2,3,8,3) pt 9 ps 1.3
set border 3 back lw 1 lc rgb "#404040"
set tics nomirror out scale 0.6 textcolor rgb "#404040"
set grid back lt 1 lw 1 lc rgb "#e6e6e6"
if (GPVAL_TERM eq "dumb") unset grid  # no room for a grid in a text preview
set xrange [-2:3]
set xzeroaxis lt 1 lw 1 lc rgb "#9a9a9a"
set yzeroaxis lt 1 lw 1 lc rgb "#9a9a9a"
set xlabel "x"
set multiplot layout 1,2 title "Golden activations" font ",17" margins 0.08,0.97,0.24,0.86 spacing 0.09,0
# left: f(x)
unset key
set title "activation f(x)"
set yrange [-1.2:3.24]
plot $act using 1:2 with lines ls 1, \
     $act using 1:4 with lines ls 2
# right: f'(x)
set title "derivative f′(x)"
set yrange [-0.1:1.15]
plot $act using 1:3 with lines ls 1, \
     $act using 1:5 with lines ls 2
# the shared key: an empty panel across the bottom
set origin 0,0
set size 1,0.12
set margins 0,0,0,0
unset border
unset tics
unset grid
unset title
unset xlabel
unset ylabel
unset xzeroaxis
unset yzeroaxis
set xrange [0:1]
set yrange [0:1]
set key center center horizontal maxrows 1 samplen 2.5 width 2
plot 2 with lines ls 1 title "tanh(x)", \
     2 with lines ls 2 title "ReLU max(0, x)"
unset multiplot
